# Builds the API and the portal, then runs the API (which serves the portal) as a non-root user.
FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# `npm run build`: Nx builds both apps, then the portal's scripts get V8's compile hint and Brotli and
# gzip copies (tools/build/), which the API serves; a bare `nx build` would leave both out.
RUN npm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# The build writes a package.json and a lockfile pruned to what the API bundle needs.
COPY --from=build /src/dist/apps/api ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/apps/portal/browser ./portal
USER node
EXPOSE 3000
CMD ["node", "main.js"]
