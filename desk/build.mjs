// Bundles the desk into the service's wwwroot (committed, so that `dotnet run` serves it with no Node.js installed;
// .ci/run rebuilds it and fails when the committed files differ from a fresh build).
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";

const out = new URL("../src/ContentApi/wwwroot/", import.meta.url).pathname;
await mkdir(out, { recursive: true });
await build({
  entryPoints: { desk: "src/main.tsx" },
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  outdir: out,
  legalComments: "linked",
  logLevel: "warning",
});
await copyFile("src/index.html", `${out}index.html`);
