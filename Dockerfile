# igubot: one container, one SQLite file in /data.
#   docker build -t igubot .
#   docker run -p 8080:8080 -v igubot-data:/data -e TELEGRAM_TOKEN=... igubot
# Content (flows/, locales/, facts.yaml) is inside the image at /app/content; mount your own
# folder there to override it (-v ./content:/app/content:ro) and send SIGHUP to reload.

FROM python:3.11-slim AS build
# The poster's fonts (bot/staff/poster_pdf.py, FONT_FILES): Debian's fonts-noto-core holds them,
# but it installs 42 MB; the runtime stage copies only the six files (2.2 MB) a poster embeds.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir --upgrade pip \
 && pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    IGUBOT_DATA_DIR=/data \
    IGUBOT_CACHE_DIR=/data/cache \
    IGUBOT_CONTENT_DIR=/app/content \
    IGUBOT_HOST=0.0.0.0 \
    IGUBOT_PORT=8080
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin igubot \
 && mkdir -p /data /app/content \
 && chown igubot:igubot /data
COPY --from=build /wheels /wheels
# Runtime dependencies only: the wheel of igubot and what it requires, no dev extras.
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
# `igubot qr`: Noto Sans, Noto Sans Arabic and Noto Sans Ethiopic, regular and bold.
COPY --from=build \
  /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf \
  /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf \
  /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf \
  /usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf \
  /usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf \
  /usr/share/fonts/truetype/noto/NotoSansEthiopic-Bold.ttf \
  /usr/share/fonts/truetype/noto/
COPY flows /app/content/flows
COPY locales /app/content/locales
COPY facts.yaml /app/content/facts.yaml
USER igubot
WORKDIR /app
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4).status == 200 else 1)"]
CMD ["igubot", "serve"]
