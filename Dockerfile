# One image for every process of the exchange (DESIGN §9): the gateway, the four subgraphs and the CA
# tool. docker-compose.yml picks the process with `command:`; the default runs the gateway.
# No certificates, keys or passwords are baked in: each container mounts its own secrets volume (certs/publish.ts).

# --- build stage: production dependencies only (better-sqlite3 compiles here if no prebuilt binary fits)
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# --- console stage: the browser console's static files (Vite; dev dependencies stay in this stage)
FROM node:20-bookworm-slim AS console
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci --ignore-scripts && npm cache clean --force
COPY client ./client
COPY console ./console
RUN npm run build:console

# --- runtime stage: no compiler, source owned by root (read-only for the service user)
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY lib ./lib
COPY certs ./certs
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY --from=console /app/console/dist ./console/dist
# Mount points, owned by the service user because a fresh named volume takes its mount point's owner:
# /certs a container's own secrets; /ca the CA folder and /out/<service> each container's secrets volume
# (the one-shots only); /secrets the database passwords (db-users); /app/data receipt keys, SQLite files.
RUN mkdir -p /certs /ca /secrets /app/data \
    /out/gateway /out/identity-registry /out/penalty-reports /out/blacklist /out/case-cooperation /out/mysql /out/db-users \
 && chown -R node:node /certs /ca /secrets /out /app/data
USER node
EXPOSE 4000
CMD ["node", "--no-allocation-site-pretenuring", "--import", "tsx", "gateway/src/index.ts"]
