"""CV audit evaluation: generated fixture CVs and the skills each one is expected to yield."""
