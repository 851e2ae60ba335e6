#!/usr/bin/env python3
"""Independent answers for Dialback's property tests, from Python's own libraries.

Reads JSON lines from standard input, one case each, and writes one JSON line per case:
- {"kind": "ip", "range": "203.0.113.7/24", "address": "203.0.113.9"} is answered with
  the normalised network and whether it contains the address (module ipaddress);
- {"kind": "phone", "input": "501 234 567", "region": "PL"} is answered with the E.164
  form when the number is valid, else null (package phonenumbers, the Python port of
  libphonenumber).
"""

import ipaddress
import json
import sys

import phonenumbers


def answer_ip(case):
    try:
        network = ipaddress.ip_network(case["range"], strict=False)
    except ValueError:
        return {"network": None, "contains": None}
    address = ipaddress.ip_address(case["address"])
    contains = address.version == network.version and address in network
    return {"network": str(network), "contains": contains}


def answer_phone(case):
    try:
        number = phonenumbers.parse(case["input"], case["region"])
    except phonenumbers.NumberParseException:
        return {"e164": None}
    if not phonenumbers.is_valid_number(number):
        return {"e164": None}
    return {"e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)}


for line in sys.stdin:
    case = json.loads(line)
    result = answer_ip(case) if case["kind"] == "ip" else answer_phone(case)
    print(json.dumps(result))
