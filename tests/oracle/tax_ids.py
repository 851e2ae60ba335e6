#!/usr/bin/env python3
"""Independent answers for Dialback's tax number checks, from python-stdnum.

Reads JSON lines {"country": "PL", "number": "1234563218"} from standard input and
writes one line {"valid": true} or {"valid": false} for each.
"""

import json
import sys

from stdnum import get_cc_module
from stdnum.br import cnpj, cpf
from stdnum.pl import nip
from stdnum.us import ein


def module(country, number):
    if country == "PL":
        return nip
    if country == "BR":
        return cpf if len(number) == 11 else cnpj
    if country == "US":
        return ein
    return get_cc_module(country.lower(), "vat")


for line in sys.stdin:
    case = json.loads(line)
    checker = module(case["country"], case["number"])
    print(json.dumps({"valid": bool(checker.is_valid(case["number"]))}))
