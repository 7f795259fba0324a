#!/usr/bin/env python3
"""Runs the command lines of the site-group recipes (examples/qingshan-county/deploy/) the way
their engines would, against the example group, and checks each gives the one-process build's
bytes (README “站群 › 分开构建”; scripts/group-fanout-test.sh calls this).

- GitLab CI: one job per `parallel:matrix` entry, each in its own folder; each job's
  `artifacts:paths` are carried into the assemble job's folder; then the assemble job's script.
- GitHub Actions: one job per `strategy.matrix` entry; `upload-artifact` carries `path` under the
  artifact's name, `download-artifact` puts each artifact at `<path>/<name>/`; then the assemble job.
- Kubernetes: the Indexed Job's container command once per index 0..completions-1, with
  `JOB_COMPLETION_INDEX` and the container's env set, the volume's mountPath mapped to a local
  folder holding the repository at `site/`; then the assemble Job.

Only steps that run gongkai are run (installing the .deb is the engines' business); gongkai must
be on PATH. The recipes' member lists must be group.json's members."""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

import yaml


def sh(command, cwd, env):
    full = dict(os.environ)
    full.update(env)
    result = subprocess.run(["bash", "-c", command], cwd=cwd, env=full, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"recipe command failed ({result.returncode}): {command}\n{result.stdout}{result.stderr}")


def gongkai_lines(lines):
    return [line for line in lines if line.lstrip().startswith("gongkai ")]


def parallel(jobs):
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        for future in [pool.submit(job) for job in jobs]:
            future.result()


def same(expected, actual, recipe):
    if subprocess.run(["diff", "-r", expected, actual]).returncode != 0:
        sys.exit(f"{recipe}: the assembled output differs from the one-process build")
    print(f"{recipe}: same bytes as the one-process build")


def copy_into(source, target):
    if os.path.isdir(source):
        shutil.copytree(source, target, dirs_exist_ok=True)


def gitlab(args, members):
    ci = yaml.safe_load(open(os.path.join(args.deploy, "gitlab-ci.yml"), encoding="utf-8"))
    env = {k: str(v) for k, v in ci.get("variables", {}).items()}
    env["GROUP"] = os.path.join(args.repo, env["GROUP"])
    jobs = {name: job for name, job in ci.items() if isinstance(job, dict) and "script" in job}
    matrix_jobs = {n: j for n, j in jobs.items() if "parallel" in j}
    rest = {n: j for n, j in jobs.items() if "parallel" not in j}
    assert len(matrix_jobs) == 1 and len(rest) == 1, "one matrix job and one assemble job"
    (member_name, member_job), (assemble_name, assemble_job) = next(iter(matrix_jobs.items())), next(iter(rest.items()))
    entries = []
    for entry in member_job["parallel"]["matrix"]:
        keys = list(entry)
        assert len(keys) == 1, "one matrix variable"
        entries += [(keys[0], str(value)) for value in entry[keys[0]]]
    if sorted(v for _, v in entries) != sorted(members):
        sys.exit(f"gitlab-ci.yml: the matrix lists {[v for _, v in entries]}, group.json has {members}")
    base = os.path.join(args.work, "gitlab")
    def run_member(variable, value):
        cwd = os.path.join(base, f"{member_name}-{value}")
        os.makedirs(cwd)
        for line in gongkai_lines(member_job["script"]):
            sh(line, cwd, {**env, variable: value})
    parallel([lambda e=e: run_member(*e) for e in entries])
    cwd = os.path.join(base, assemble_name)
    os.makedirs(cwd)
    assert assemble_job["needs"][0]["job"] == member_name
    for _, value in entries:
        for path in member_job["artifacts"]["paths"]:
            copy_into(os.path.join(base, f"{member_name}-{value}", path), os.path.join(cwd, path))
    for line in gongkai_lines(assemble_job["script"]):
        sh(line, cwd, env)
    same(args.expect, os.path.join(cwd, assemble_job["artifacts"]["paths"][0]), "gitlab-ci.yml")


def expand(text, values):
    return re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda m: values[m.group(1)], text)


def github(args, members):
    flow = yaml.safe_load(open(os.path.join(args.deploy, "github-workflow.yml"), encoding="utf-8"))
    env = {k: str(v) for k, v in flow.get("env", {}).items()}
    env["GROUP"] = os.path.join(args.repo, env["GROUP"])
    jobs = flow["jobs"]
    member_job = jobs["member"]
    values = [str(v) for v in member_job["strategy"]["matrix"]["member"]]
    if sorted(values) != sorted(members):
        sys.exit(f"github-workflow.yml: the matrix lists {values}, group.json has {members}")
    base = os.path.join(args.work, "github")
    artifacts = os.path.join(base, "artifacts")
    def run_member(value):
        cwd = os.path.join(base, f"member-{value}")
        os.makedirs(cwd)
        names = {"matrix.member": value}
        for step in member_job["steps"]:
            if "run" in step and step["run"].lstrip().startswith("gongkai "):
                sh(expand(step["run"], names), cwd, env)
            elif step.get("uses", "").startswith("actions/upload-artifact"):
                name, path = expand(step["with"]["name"], names), expand(step["with"]["path"], names)
                copy_into(os.path.join(cwd, path), os.path.join(artifacts, name))
    parallel([lambda v=v: run_member(v) for v in values])
    cwd = os.path.join(base, "assemble")
    os.makedirs(cwd)
    assert "member" in jobs["assemble"]["needs"]
    output = None
    for step in jobs["assemble"]["steps"]:
        if step.get("uses", "").startswith("actions/download-artifact"):
            for name in os.listdir(artifacts):
                copy_into(os.path.join(artifacts, name), os.path.join(cwd, step["with"]["path"], name))
        elif "run" in step and step["run"].lstrip().startswith("gongkai "):
            sh(step["run"], cwd, env)
        elif step.get("uses", "").startswith("actions/upload-artifact"):
            output = step["with"]["path"]
    same(args.expect, os.path.join(cwd, output), "github-workflow.yml")


def kubernetes(args, members):
    folder = os.path.join(args.deploy, "kubernetes")
    base = os.path.join(args.work, "kubernetes")
    volume = os.path.join(base, "volume")
    os.makedirs(volume)
    os.symlink(args.repo, os.path.join(volume, "site"))
    def container_of(job):
        spec = job["spec"]["template"]["spec"]
        container = spec["containers"][0]
        mount = container["volumeMounts"][0]["mountPath"]
        env = {e["name"]: e["value"].replace(mount, volume) for e in container.get("env", [])}
        command = [part.replace(mount, volume) for part in container["command"]]
        assert command[:2] == ["sh", "-c"], "the container runs its command through sh -c"
        return command[2], env
    members_job = yaml.safe_load(open(os.path.join(folder, "members-job.yaml"), encoding="utf-8"))
    assert members_job["spec"]["completionMode"] == "Indexed"
    completions = members_job["spec"]["completions"]
    if completions != len(members):
        sys.exit(f"members-job.yaml: completions is {completions}, group.json has {len(members)} members")
    command, env = container_of(members_job)
    parallel([lambda i=i: sh(command, base, {**env, "JOB_COMPLETION_INDEX": str(i)}) for i in range(completions)])
    assemble_job = yaml.safe_load(open(os.path.join(folder, "assemble-job.yaml"), encoding="utf-8"))
    command, env = container_of(assemble_job)
    sh(command, base, env)
    match = re.search(r"--output (\S+)", command)
    same(args.expect, match.group(1), "kubernetes/*.yaml")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--deploy", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--expect", required=True)
    args = parser.parse_args()
    args.repo, args.deploy = os.path.abspath(args.repo), os.path.abspath(args.deploy)
    group = json.load(open(os.path.join(args.deploy, "..", "group.json"), encoding="utf-8"))
    members = [m["id"] for m in group["members"]]
    gitlab(args, members)
    github(args, members)
    kubernetes(args, members)


if __name__ == "__main__":
    main()
