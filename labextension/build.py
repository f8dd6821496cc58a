"""Build the course's JupyterLab extension into the Python package (authors only).

    cd labextension && npm install && ../.venv/bin/python build.py   # authors; needs node

Compiles src/ with TypeScript, bundles it with JupyterLab's builder (@jupyterlab/builder's
build-labextension, what `jupyter labextension build` runs, against the installed
JupyterLab's core packages, so the shared packages match the JupyterLab students run) into
../fundamentos_aws/jupyter_data/labextensions/fundamentos-aws-validar/, and records there,
in source-hash.json, the hash of the sources it was built from. tests/test_validar.py
recomputes that hash: a change to the sources without a rebuild fails. Students never build:
the build ships in the Python package.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fundamentos_aws.labextension_source import OUTPUT, source_hash  # noqa: E402


def main() -> None:
    venv_python = HERE.parent / ".venv" / "bin" / "python"
    python = str(venv_python) if venv_python.exists() else sys.executable
    core = subprocess.run([python, "-c", "import jupyterlab, os; print(os.path.join("
                           "os.path.dirname(jupyterlab.__file__), 'staging'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run(["npx", "tsc"], cwd=HERE, check=True)
    subprocess.run(["node", "node_modules/@jupyterlab/builder/lib/build-labextension.js",
                    "--core-path", core, "."], cwd=HERE, check=True)
    (OUTPUT / "source-hash.json").write_text(json.dumps(
        {"sha256": source_hash(), "about": "hash of labextension/ sources (see build.py)"},
        indent=1) + "\n")
    print(f"built into {OUTPUT}")


if __name__ == "__main__":
    main()
