"""Portfolio Career Planner: the agent, its tools, sessions and the command line.

The pure domain core lives in :mod:`agent.plan` and imports nothing of LangChain,
Chroma or Gradio.
"""
