# article-bot in a container (see README "Running in production").
#   docker build -t article-bot .
#   docker run -d --name article-bot --env-file .env -v "$PWD/corpus:/app/corpus:ro" \
#     --restart on-failure:5 article-bot
# Exit 78 means: fix the configuration (the last log line says what); restarting will not help.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    ENGINE_CACHE_DIR=/app/.cache \
    HEALTH_PORT=9464 \
    HEALTH_HOST=127.0.0.1

COPY . .
# npm ci also makes the start-up bundle (npm's prepare); the dev tools are left out.
RUN npm ci --omit=dev && mkdir -p .cache node_modules/.cache && chown -R node:node .cache node_modules/.cache

USER node
# /healthz is 200 while the gateway is connected and a corpus is loaded (HEALTH_HOST=0.0.0.0 and
# -p 9464:9464 to let a Prometheus outside the container read /metrics).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself, not npm, so SIGTERM from `docker stop` reaches the bot and it logs out cleanly.
CMD ["node", "--max-semi-space-size=16", "--heap-growing-percent=25", "bin/start.js"]
