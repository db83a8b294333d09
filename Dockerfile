# One image for every process of the exchange (DESIGN §9): the gateway, the four subgraphs and the CA
# tool. docker-compose.yml picks the process with `command:`; the default runs the gateway.
# No certificates, keys or passwords are baked in: they come from the `certs` volume and the environment.

# --- build stage: production dependencies only (better-sqlite3 compiles here if no prebuilt binary fits)
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

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
# /certs: mount point of the certificate volume (a fresh named volume takes this owner);
# /app/data: SQLite files when DATABASE_URL is unset.
RUN mkdir -p /certs /app/data && chown node:node /certs /app/data
USER node
EXPOSE 4000
CMD ["node", "--no-allocation-site-pretenuring", "--import", "tsx", "gateway/src/index.ts"]
