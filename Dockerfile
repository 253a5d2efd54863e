# briefbot in a container: `docker build -t briefbot .`, then
#   docker run --rm -it briefbot                                   # the shell, no configuration
#   docker run -d --env-file .env -p 3000:3000 -v briefbot-data:/data briefbot   # Slack / Discord
# Settings come from the environment (--env-file .env); see .env.example.

# --- build: compile TypeScript to dist/, then keep only the production dependencies --------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary; these compile it where none matches the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY adapters adapters
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- run: the built JavaScript on plain Node, as the unprivileged `node` user ----------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000 \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY briefings briefings
# FreeDict's French-English dictionaries (GPL data, read at run time, never copied into the project: README « Languages »).
RUN apt-get update && apt-get install -y --no-install-recommends dict-freedict-fra-eng dict-freedict-eng-fra && rm -rf /var/lib/apt/lists/*
# The SQLite database (subscriptions, deliveries) lives in the volume and survives upgrades.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# Slack's HTTP mode listens here (path /slack/events); Discord and Socket Mode need no port.
EXPOSE 3000
# GET /healthz (store reachable, each adapter connected) is served on HEALTH_PORT, and on Slack's
# PORT in HTTP mode; src/healthcheck.ts asks it (the shell alone has nothing to check).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/src/healthcheck.js"]
# Exec form: node itself is PID 1 and gets `docker stop`'s SIGTERM (src/main.ts closes everything on it).
CMD ["node", "dist/src/main.js"]
