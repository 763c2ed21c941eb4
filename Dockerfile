# Builds and runs the service: one process per container. The anonymous insights counters live in PostgreSQL: set
# DATABASE_URL to share one server between replicas, or mount a volume at /app/.store for the embedded store (one
# replica). Everything else is stateless. Data changes ship as a new image (or a SIGHUP after replacing /app/data).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 SHUTDOWN_DELAY_MS=5000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
COPY --from=build /app/widget ./widget
COPY --from=build /app/server/store/migrations ./server/store/migrations
RUN mkdir /app/.store && chown node /app/.store
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/server/main.js"]
