"""The simulated user and the persona files it plays (see ``docs/evals.md``)."""
