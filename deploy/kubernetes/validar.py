"""What can be checked of deploy/kubernetes/ without a cluster.

    python deploy/kubernetes/validar.py [--schema values.schema.yaml]

- every YAML file parses, and each Kubernetes object has apiVersion, kind and metadata.name;
- values.yaml, merged over the chart's default values.yaml as Helm merges them, validates
  against the Zero to JupyterHub chart's values.schema.yaml (the chart's own JSON schema,
  which rejects unknown keys) when --schema and --defaults are given: take both from the
  chart version you install (its repository's jupyterhub/ folder);
- the Indexed Job's shard arithmetic covers every shard (index 0..N-1 -> --shard 1..N/N).
Not checked: that a cluster accepts it (kubectl apply --dry-run=server), that the image
builds, that bubblewrap runs in a pod, that the storage class supports ReadWriteMany.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def merged(defaults: dict, values: dict) -> dict:
    """Helm's merge of user values over a chart's defaults (maps merge, the rest replaces)."""
    out = dict(defaults)
    for key, value in values.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def check(schema: Path | None = None, defaults: Path | None = None) -> list[str]:
    problems = []
    for path in sorted(HERE.glob("*.yaml")):
        documents = [d for d in yaml.safe_load_all(path.read_text()) if d is not None]
        if path.name == "values.yaml":
            if schema is not None:
                import jsonschema

                values = documents[0]
                if defaults is not None:
                    values = merged(yaml.safe_load(defaults.read_text()), values)
                validator = jsonschema.Draft7Validator(yaml.safe_load(schema.read_text()))
                problems += [f"values.yaml: {'.'.join(map(str, e.path))}: {e.message}"
                             for e in validator.iter_errors(values)]
            continue
        for document in documents:
            for key in ("apiVersion", "kind"):
                if key not in document:
                    problems.append(f"{path.name}: an object without {key}")
            if not document.get("metadata", {}).get("name"):
                problems.append(f"{path.name}: {document.get('kind')} without metadata.name")
            if document.get("kind") == "Job":
                spec = document["spec"]
                if spec.get("completionMode") != "Indexed":
                    problems.append(f"{path.name}: the grading Job must be Indexed")
                container = spec["template"]["spec"]["containers"][0]
                shards = {e["name"]: e.get("value") for e in container["env"]}["SHARDS"]
                if int(shards) != spec["completions"] or spec["parallelism"] > spec["completions"]:
                    problems.append(f"{path.name}: SHARDS={shards} but completions="
                                    f"{spec['completions']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", type=Path, help="the chart's values.schema.yaml")
    parser.add_argument("--defaults", type=Path, help="the chart's values.yaml")
    args = parser.parse_args(argv)
    problems = check(args.schema, args.defaults)
    print("\n".join(problems) or "deploy/kubernetes: todo en orden")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
