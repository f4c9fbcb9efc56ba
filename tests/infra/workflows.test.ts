import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const workflow = (name: string) => readFileSync(join(root, ".github", "workflows", name), "utf8");

describe("GitHub Actions workflows", () => {
  for (const name of ["ci.yml", "deploy.yml"]) {
    it(`${name} passes the workflow validator`, () => {
      expect(validateWorkflow(workflow(name)).errors).toEqual([]);
    });
  }

  it("the validator catches a broken workflow (so the checks above can fail)", () => {
    const broken = workflow("ci.yml").replace("runs-on: ubuntu-24.04", "runs-on: [").replace("steps:", "stepz:");
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow(workflow("ci.yml").replace("jobs:", "jobz:")).errors.length).toBeGreaterThan(0);
  });

  it("ci runs exactly .ci/run, which runs the README's test command", () => {
    expect(workflow("ci.yml")).toMatch(/run: .*bash \.ci\/run/);
    expect(readFileSync(join(root, ".ci", "run"), "utf8")).toMatch(/^npm test$/m);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("npm test");
  });

  it("deploy signs in to Azure with OpenID Connect, stores no secret, and gates each environment", () => {
    const deploy = workflow("deploy.yml");
    expect(deploy).toContain("id-token: write");
    expect(deploy).toContain("--federated-credential-provider github");
    expect(deploy).not.toMatch(/secrets\./);
    expect(deploy.match(/environment: \$\{\{ github\.event\.inputs\.environment \|\| 'test' \}\}/g)?.length).toBe(2);
    expect(deploy).toMatch(/options: \[test, production\]/);
  });
});
