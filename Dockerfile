# Unrolled in one container: the app as `make run` serves it, on 0.0.0.0:$PORT, models baked in.
#   docker build -t unrolled .
#   docker run --rm -p 8501:8501 unrolled            # then http://localhost:8501
# Several behind a proxy with sticky sessions: deploy/compose.yaml; on Kubernetes: deploy/k8s/.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8501 \
    UNROLLED_TRAINING_SLOTS=1

WORKDIR /app

# torch from PyTorch's CPU wheel index (the default index's Linux wheel pulls the CUDA libraries, gigabytes
# a CPU server never uses); `torch==2.13.0` matches its `2.13.0+cpu`. Then the rest of the exact pins.
COPY requirements.txt .
RUN pip install --index-url https://download.pytorch.org/whl/cpu "torch==$(sed -n 's/^torch==\([^ ]*\).*/\1/p' requirements.txt)" \
    && pip install -r requirements.txt

# The code and the trained models (assets/models, in the repository), owned by root: the app reads them
# and cannot change them.
COPY . .
RUN groupadd --gid 10001 unrolled \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin unrolled
USER unrolled

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "scripts/healthcheck.py"]
ENTRYPOINT ["scripts/serve.sh"]
