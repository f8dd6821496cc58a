"""Each user's local moto servers (the CLI lessons) reachable by that user only.

A lesson's ``start_local_server()`` runs moto on 127.0.0.1; on a shared machine any user can
connect to any loopback port, and moto has no authentication: another student could read or
reset (POST /moto-api/reset) someone else's emulated account. The hub gives each user a
range of ports (ajustes.local_ports, by uid; variable FUNDAMENTOS_AWS_LOCAL_PORTS), and this
nftables table rejects, with a TCP reset, any connection to a user's range from another uid.

    python firewall.py            # as root: (re)write the table for every hub user
    python firewall.py --print    # show it
    python firewall.py --remove
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ajustes import Ajustes, local_ports  # noqa: E402


def table_name() -> str:
    return os.environ.get("FUNDAMENTOS_HUB_NFT_TABLE", "fundamentos_aws")


def ruleset(users: list[str], table: str | None = None) -> str:
    table = table or table_name()
    lines = [f"table inet {table} {{}}", f"delete table inet {table}",
             f"table inet {table} {{", "  chain output {",
             "    type filter hook output priority 0; policy accept;"]
    for name in sorted(set(users)):
        try:
            uid = pwd.getpwnam(name).pw_uid
            first, last = local_ports(uid)
        except (KeyError, ValueError):
            continue
        lines.append(f'    oifname "lo" tcp dport {first}-{last} meta skuid != {{ 0, {uid} }} '
                     f"reject with tcp reset  # {name}")
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def apply(users: list[str], table: str | None = None) -> None:
    subprocess.run(["nft", "-f", "-"], input=ruleset(users, table), text=True, check=True)


def remove(table: str | None = None) -> None:
    subprocess.run(["nft", "delete", "table", "inet", table or table_name()],
                   capture_output=True)


def main(argv: list[str]) -> int:
    a = Ajustes.from_env()
    users = a.members(a.students_group) + a.members(a.instructors_group)
    if "--remove" in argv:
        remove()
    elif "--print" in argv:
        print(ruleset(users), end="")
    else:
        apply(users)
        print(f"nftables: tabla inet {table_name()}, puertos locales de {len(users)} usuarios")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
