# `npm run backup` / `npm run restore` next to the compose installation: PostgreSQL 18's own client
# tools (pg_dump, pg_restore) with Node, and only the scripts and the pg driver they use.
FROM postgres:18
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /ops
COPY tools/ops/ ./
RUN echo '{"private":true,"type":"module"}' > package.json && npm install --omit=dev --no-audit --no-fund pg@8 && npm cache clean --force
ENTRYPOINT ["node"]
