#!/usr/bin/env python3
"""The REST API driven by a plain Python HTTP client, outside the Rust test harness.

Starts the `dialback` binary against a fresh database, creates an account and an API key
with the operator commands, then creates a widget, adds a user, assigns them as manager,
requests a call and reads it back from the v3 call history, as an integration would.

Usage: api_flow.py DIALBACK_BINARY DATABASE_URL
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(binary, args, env, stdin=""):
    result = subprocess.run([binary, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise AssertionError(f"dialback {' '.join(args)} failed: {result.stderr}")
    return result.stdout.strip()


class Api:
    def __init__(self, base, key):
        self.base = base
        self.key = key

    def request(self, method, path, form=None, body=None, query=None):
        url = self.base + path + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")
        headers = {"Authorization": self.key}
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                envelope = json.load(response)
        except urllib.error.HTTPError as error:
            raise AssertionError(f"{method} {path} answered {error.code}: {error.read().decode()}") from None
        assert envelope["hasError"] is False, envelope
        return envelope


def wait_until_healthy(base, server):
    for _ in range(200):
        if server.poll() is not None:
            raise AssertionError(f"the server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the server did not become healthy")


def main(binary, database_url):
    workdir = tempfile.mkdtemp(prefix="dialback-e2e-")
    env = dict(os.environ, DATABASE_URL=database_url, DIALBACK_MAIL_DIR=os.path.join(workdir, "mail"))
    account_id = run(binary, ["account", "create", "--email", "owner@e2e.example.pl", "--name", "Ewa Właścicielka",
                              "--company", "Sklep E2E", "--password-stdin", "--language", "pl"], env, "e2e-tajne-haslo-77\n")
    assert account_id.isdigit(), account_id
    key = run(binary, ["api-key", "create", "--email", "owner@e2e.example.pl", "--permissions", "widgets,managers,calls",
                       "--description", "e2e"], env)
    assert key.startswith("dbk_"), key

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--listen", f"127.0.0.1:{port}", "--simulator-speed", "1000"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_healthy(base, server)
        api = Api(base, key)

        widget = api.request("POST", "/api/v1/external/widgets/create",
                             form={"url": "https://e2e.example.pl", "description": "E2E", "locale_code": "pl"})["data"]
        user = api.request("POST", "/api/v1/external/users/create",
                           form={"name": "Marek Konsultant", "email": "marek@e2e.example.pl", "tel": "+48 601 202 303",
                                 "role": "manager"})["data"]
        assert user["tel"] == "+48601202303", user
        all_week = [{"day_of_week": day, "enabled": True, "start_time": "00:00", "end_time": "24:00", "timezone": "UTC"}
                    for day in range(7)]
        manager = api.request("POST", "/api/v1/external/managers/create",
                              body={"user_id": user["id"], "widget_id": widget["id"], "business_times": all_week})["data"]
        assert manager["widget_id"] == widget["id"], manager

        call = api.request("POST", "/api/v1/external/widgets/call", form={"id": widget["id"], "tel": "600 100 200"})["data"]
        deadline = time.time() + 10
        while True:
            history = api.request("GET", "/api/v3/external/calls/history", query={"call_id[]": [call["id"]]})
            found = history["data"][0] if history["data"] else None
            if found and found["status"] == "completed":
                break
            assert time.time() < deadline, f"the call did not complete: {found}"
            time.sleep(0.05)
        assert history["meta"]["count"] == 1, history["meta"]
        assert found["user_id"] == user["id"], found
        assert found["phone_number"] == "+48600100200", found
        assert found["duration"] == 60, found
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    binary, database_url = sys.argv[1], sys.argv[2]
    label = database_url.split(":")[0]
    try:
        main(binary, database_url)
    except AssertionError as failure:
        print(f"api_flow ({label}): FAILED: {failure}")
        sys.exit(1)
    print(f"api_flow ({label}): ok")
