"""How many students one machine serves at once before a cell takes over 2 s.

    .venv/bin/python benchmarks/hub_concurrencia.py [--students 10,20,40] [--minutes 1]

Each simulated student is what the hub gives a real one: a kernel of their own (the course's
Python, moto in the kernel), started and set up as a lesson does (start_local_aws with EC2
warmed). Then, for --minutes, each student runs a typical exercise cell (IAM users and a
group with a policy, an S3 bucket with objects, EC2 instances in two zones and a
describe with filters, a little pure Python), waits a human "think time" (--think seconds,
random around it) and runs it again. Reported per class size: cells run, median, 95th
percentile and worst latency, and the machine's load. The JupyterLab servers and the hub
themselves add little (they idle between requests); the kernels are the work.

Not part of the test suite (minutes of CPU). Figures in deploy/README.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import threading
import time

from jupyter_client.manager import KernelManager

SETUP = """
from fundamentos_aws.local_aws import start_local_aws
start_local_aws(warm_up=("ec2",))
import boto3, json
"""

CELL = """
iam = boto3.client("iam"); s3 = boto3.client("s3"); ec2 = boto3.client("ec2")
n = len(iam.list_users()["Users"])
iam.create_group(GroupName=f"g{n}")
iam.put_group_policy(GroupName=f"g{n}", PolicyName="p", PolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::fotos/*"}]}))
for i in range(3):
    iam.create_user(UserName=f"u{n}-{i}")
    iam.add_user_to_group(GroupName=f"g{n}", UserName=f"u{n}-{i}")
s3.create_bucket(Bucket=f"fotos-{n}")
for i in range(5):
    s3.put_object(Bucket=f"fotos-{n}", Key=f"k{i}", Body=b"x" * 1000)
zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]][:2]
for zone in zones:
    ec2.run_instances(ImageId="ami-12c6146b", InstanceType="t3.micro", MinCount=1, MaxCount=1,
                      Placement={"AvailabilityZone": zone})
running = ec2.describe_instances(Filters=[{"Name": "instance-state-name",
                                            "Values": ["running", "pending"]}])
cost = sum(0.0104 * 730 * (1 - 0.3 * (i % 2)) for i in range(1000))
"""


def _execute(client, code: str, timeout: float = 120) -> tuple[float, float]:
    """Run ``code`` in the kernel: (wall-clock seconds, the kernel's CPU seconds)."""
    start = time.monotonic()
    msg_id = client.execute("import time as _t; _c0 = _t.process_time()\n" + code
                            + "\n_cpu = _t.process_time() - _c0",
                            user_expressions={"cpu": "_cpu"})
    while True:
        reply = client.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    if reply["content"]["status"] != "ok":
        raise RuntimeError(reply["content"])
    cpu = float(reply["content"]["user_expressions"]["cpu"]["data"]["text/plain"])
    return time.monotonic() - start, cpu


def run_class(students: int, minutes: float, think: float) -> dict:
    kernels = []
    for _ in range(students):
        manager = KernelManager(kernel_name="python3")
        manager.start_kernel(env=dict(os.environ, MPLBACKEND="Agg"))
        client = manager.client()
        client.start_channels()
        client.wait_for_ready(timeout=120)
        kernels.append((manager, client))
    for _, client in kernels:
        _execute(client, SETUP)
    latencies: list[float] = []
    cpus: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + minutes * 60

    def student(client, seed: int) -> None:
        rng = random.Random(seed)
        time.sleep(rng.uniform(0, think))  # students do not all press Shift+Enter together
        while time.monotonic() < stop:
            took, cpu = _execute(client, CELL)
            with lock:
                latencies.append(took)
                cpus.append(cpu)
            time.sleep(rng.uniform(0.5 * think, 1.5 * think))

    threads = [threading.Thread(target=student, args=(client, i))
               for i, (_, client) in enumerate(kernels)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    load = os.getloadavg()[0]
    for manager, client in kernels:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    latencies.sort()
    return {"students": students, "cells": len(latencies),
            "median": statistics.median(latencies),
            "p95": latencies[int(0.95 * (len(latencies) - 1))], "worst": latencies[-1],
            "cpu": statistics.median(cpus), "load": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", default="5,10,20,30,40")
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--think", type=float, default=10.0,
                        help="mean seconds between a student's cells (default 10)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; think time ~{args.think:g} s; a cell = IAM + S3 + EC2")
    print("alumnos  celdas  mediana  p95      peor     CPU/celda  carga")
    for students in (int(s) for s in args.students.split(",")):
        r = run_class(students, args.minutes, args.think)
        print(f"{r['students']:7d}  {r['cells']:6d}  {r['median']:5.2f} s  {r['p95']:5.2f} s  "
              f"{r['worst']:5.2f} s  {r['cpu']:5.2f} s    {r['load']:5.1f}", flush=True)
        capacity = (os.cpu_count() or 1) * args.think / r["cpu"]
        print(f"         (a {r['cpu']:.2f} s de CPU por celda y una celda cada {args.think:g} s, "
              f"{os.cpu_count()} núcleos saturan con ~{capacity:.0f} alumnos)", flush=True)
        if r["p95"] > 2:
            print(f"-> con {students} alumnos, el 5 % de las celdas pasa de 2 s")
            break


if __name__ == "__main__":
    main()
