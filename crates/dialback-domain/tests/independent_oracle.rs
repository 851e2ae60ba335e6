//! IP range matching and phone number normalisation checked against independent
//! implementations: Python's `ipaddress` module and the `phonenumbers` package, run by
//! `tests/oracle/independent.py` on cases generated here with a fixed seed.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::process::{Command, Stdio};

use dialback_domain::{IpRange, PhoneNumber};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

/// Cases of each kind per run.
const CASES: usize = 2000;

fn oracle(cases: &[serde_json::Value]) -> Vec<serde_json::Value> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/oracle/independent.py"
    );
    let mut child = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs; scripts/test installs what the oracle needs");
    // Writing from another thread: the oracle answers while it reads, and a full output
    // pipe would otherwise block both sides.
    let mut stdin = child.stdin.take().unwrap();
    let input: String = cases.iter().map(|case| format!("{case}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        output.status.success(),
        "the oracle failed (is phonenumbers installed? run scripts/test): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn sample<S: Strategy>(runner: &mut TestRunner, strategy: &S) -> S::Value {
    strategy.new_tree(runner).unwrap().current()
}

#[test]
fn ip_ranges_agree_with_python_ipaddress() {
    let mut runner = TestRunner::deterministic();
    let v4 = (proptest::num::u32::ANY, 0u8..=32, proptest::num::u32::ANY);
    let v6 = (
        proptest::num::u128::ANY,
        0u8..=128,
        proptest::num::u128::ANY,
    );
    let mut cases = Vec::new();
    for i in 0..CASES {
        let (range, address) = if i % 2 == 0 {
            let (net, prefix, near) = sample(&mut runner, &v4);
            // Half the addresses share the range's top bits, so containment is often true.
            let address = if i % 4 == 0 {
                net ^ (near >> prefix.min(31))
            } else {
                near
            };
            (
                format!("{}/{prefix}", Ipv4Addr::from(net)),
                IpAddr::V4(Ipv4Addr::from(address)),
            )
        } else {
            let (net, prefix, near) = sample(&mut runner, &v6);
            let address = if i % 4 == 1 {
                net ^ (near >> prefix.min(127))
            } else {
                near
            };
            (
                format!("{}/{prefix}", Ipv6Addr::from(net)),
                IpAddr::V6(Ipv6Addr::from(address)),
            )
        };
        cases.push(
            serde_json::json!({ "kind": "ip", "range": range, "address": address.to_string() }),
        );
    }

    let answers = oracle(&cases);
    let mut contained = 0;
    for (case, answer) in cases.iter().zip(&answers) {
        let range =
            IpRange::parse(case["range"].as_str().unwrap()).expect("a generated range parses");
        let address: IpAddr = case["address"].as_str().unwrap().parse().unwrap();
        assert_eq!(
            range.network().to_string(),
            answer["network"].as_str().unwrap(),
            "{case}"
        );
        let contains = range.contains(address)
            && matches!(
                (range.network(), address),
                (ipnet::IpNet::V4(_), IpAddr::V4(_)) | (ipnet::IpNet::V6(_), IpAddr::V6(_))
            );
        assert_eq!(contains, answer["contains"].as_bool().unwrap(), "{case}");
        contained += usize::from(contains);
    }
    assert!(
        contained > CASES / 8,
        "the cases exercise containment: {contained}"
    );
}

/// Generated inputs on which the two libraries still disagree, each checked to still
/// differ. `+49 4940 887371`: Python rejects it although its own fixed-line pattern for
/// Germany matches it whole; the cause was not found.
const KNOWN_DIFFERENCES: &[&str] = &["+494940887371"];

#[test]
fn phone_numbers_agree_with_python_phonenumbers() {
    let mut runner = TestRunner::deterministic();
    // The countries of the product's ten languages, and the US. Validation of other
    // countries' numbers differs in a few generated cases between the phonenumber crate
    // (0.3.10) and Python's phonenumbers (9.0.33); see the NOTE in src/phone.rs.
    let regions = [
        "PL", "DE", "GB", "BR", "PT", "ES", "IT", "FR", "CZ", "RO", "US",
    ];
    let country_codes = [48, 49, 44, 55, 351, 34, 39, 33, 420, 40, 1];
    let national = "[1-9][0-9]{5,11}";
    let mut cases = Vec::new();
    for i in 0..CASES {
        let region = regions[i % regions.len()];
        let digits = sample(&mut runner, &national);
        let input = match i % 3 {
            0 => digits,
            1 => format!("+{}{digits}", country_codes[i % country_codes.len()]),
            _ => digits
                .chars()
                .enumerate()
                .map(|(n, c)| {
                    if n % 3 == 2 {
                        format!("{c} ")
                    } else {
                        c.to_string()
                    }
                })
                .collect::<String>()
                .trim()
                .to_owned(),
        };
        cases.push(serde_json::json!({ "kind": "phone", "input": input, "region": region }));
    }

    let answers = oracle(&cases);
    let mut valid = 0;
    for (case, answer) in cases.iter().zip(&answers) {
        let ours = PhoneNumber::parse(
            case["input"].as_str().unwrap(),
            case["region"].as_str().unwrap(),
        )
        .ok()
        .map(|p| p.e164().to_owned());
        let input = case["input"].as_str().unwrap();
        if KNOWN_DIFFERENCES.contains(&input) {
            assert_ne!(
                ours.as_deref(),
                answer["e164"].as_str(),
                "{case} now agrees: remove it from KNOWN_DIFFERENCES"
            );
            continue;
        }
        assert_eq!(ours.as_deref(), answer["e164"].as_str(), "{case}");
        valid += usize::from(ours.is_some());
    }
    assert!(
        valid > CASES / 20,
        "the cases exercise valid numbers: {valid}"
    );
}
