import { readFileSync } from "node:fs";
import path from "node:path";

// The pane page's Content Security Policy: the add-in may talk to nobody but its own origin.
const html = readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

function policy(): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  return new Map(
    match[1]
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("task pane Content Security Policy", () => {
  it("allows connections to the add-in's own origin only", () => {
    expect(policy().get("connect-src")).toEqual(["'self'"]);
    expect(policy().get("default-src")).toEqual(["'self'"]);
  });

  it("allows scripts from the add-in and Office's script host only, never inline or eval", () => {
    const scripts = policy().get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    for (const source of scripts.filter((s) => s !== "'self'")) {
      expect(source).toMatch(/^https:\/\/(appsforoffice\.microsoft\.com|ajax\.aspnetcdn\.com)$/);
    }
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("has no wildcard source and blocks plugins and form posts", () => {
    for (const sources of policy().values()) expect(sources.some((s) => s.includes("*"))).toBe(false);
    expect(policy().get("object-src")).toEqual(["'none'"]);
    expect(policy().get("form-action")).toEqual(["'none'"]);
  });

  it("comes before any script, so it governs office.js too", () => {
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });
});
