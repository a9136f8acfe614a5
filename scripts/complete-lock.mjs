// Adds package-lock.json entries for optional platform packages the registry mirror here does not
// serve (e.g. @unrs/resolver-binding-darwin-arm64, used by jest's resolver on macOS). npm leaves them
// out of the lock when it cannot fetch them, and `npm ci` then refuses the lock as out of sync.
// Each added entry carries os/cpu/libc, so npm skips it on other platforms without fetching it;
// on a matching platform npm fetches it by version from the registry. Run after `npm install`
// changes the lock: node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const OS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm", "arm64", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el"];

/** os/cpu/libc from a platform package name such as "@unrs/resolver-binding-linux-arm-musleabihf". */
export function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.find((t) => CPU.includes(t));
  if (!os || !cpu) return undefined;
  const platform = { cpu: [cpu], os: [os] };
  if (os === "linux") platform.libc = [tokens.some((t) => t.startsWith("musl")) ? "musl" : "glibc"];
  return platform;
}

const lockPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../package-lock.json");
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `${key ? `${key}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[target] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+$/.test(version)) {
      console.warn(`skipped ${name}@${version}: not an exact version with a platform in its name`);
      continue;
    }
    lock.packages[hoisted] = { version, ...platform, dev: entry.dev, license: entry.license, optional: true };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en"))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length}: ${added.join(", ")}` : "lock already complete");
