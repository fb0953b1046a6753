# syntax=docker/dockerfile:1
#
# One image for both processes of the service:
#   web     node --no-deprecation dist/src/server.js   (the default CMD; `npm start` without its build step)
#   worker  node --no-deprecation dist/src/worker.js   (`npm run worker` without its build step)
# Production runs the web process with WORKERS=none and the worker as a second container of this
# image (compose.yaml, deploy/azure/main.bicep). test/deploy.test.ts checks this file against package.json.

# ---- build: compile TypeScript (package.json "build": tsc -p tsconfig.build.json, output in dist/) ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: nothing the compiler needs comes from an install script, and it keeps the build off
# the network (botbuilder-dialogs' postinstall runs `npx rimraf`; dtrace-provider's runs node-gyp).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# src/ imports locales/en-GB.json and locales/other-languages/emergency-lines.json (tsc copies them to dist/locales/).
COPY locales ./locales
RUN npm run build

# ---- runtime: production dependencies, the compiled code, and the files read at run time ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=dev alone fails here: botbuilder-dialogs' postinstall runs `npx rimraf ...`, and rimraf is one of
# our devDependencies, so npx would download it from the registry at build time (or refuse offline).
# That script only prunes duplicate nested copies of @microsoft/recognizers-text-number, which the lock
# file lays out and the service runs with; the other install scripts (core-js's banner, the *-es5
# packages' esbuild steps for botframework-webchat's lib/, which the server never loads: it serves the
# prebuilt dist/webchat.js, msgpackr-extract's prebuild check, optional dtrace-provider) are not needed.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Found from the project root (the folder with package.json, src/project-root.ts) at run time:
# the sentences (locales/), the office profiles (offices/, OFFICE=<id>) and the web chat page (web/).
COPY locales ./locales
COPY offices ./offices
COPY web ./web
# DATA_DIR (default <root>/.data): the urgent journal (fsynced, replayed into the queue when Redis is
# back) lives in .data/urgent-journal; mount a volume here (a new named volume takes this owner).
# The code itself stays root-owned and read-only to the app.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3978
# /healthz answers 200 while the process is alive (/readyz is for the orchestrator's readiness probe).
# node itself, since the slim image has no curl or wget. A worker container overrides this (no HTTP).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "require('node:http').get({host:'127.0.0.1',port:process.env.PORT||3978,path:'/healthz',timeout:4000},(r)=>process.exit(r.statusCode===200?0:1)).on('timeout',function(){this.destroy()}).on('error',()=>process.exit(1))"]
CMD ["node", "--no-deprecation", "dist/src/server.js"]
