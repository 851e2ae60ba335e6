//! Tax number checks compared with python-stdnum, run by `tests/oracle/tax_ids.py` on
//! numbers generated here with a fixed seed: for each country's shapes, random numbers
//! and numbers whose last character is the one the Rust check accepts.

use std::io::Write;
use std::process::{Command, Stdio};

use dialback_domain::TaxId;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

/// Random bodies per shape.
const CASES: usize = 300;

/// Each country's shapes (`9` a digit, `a` a letter) and whether python-stdnum checks
/// more than Dialback does (there only stdnum's "valid" must imply Dialback's): the
/// countries checked for shape only, French keys with letters and the birth date and
/// county inside a Romanian person's CNP.
const COUNTRIES: &[(&str, &[&str], bool)] = &[
    ("PL", &["9999999999"], false),
    ("CZ", &["99999999", "999999999", "9999999999"], false),
    ("RO", &["99", "999999", "9999999999", "9999999999999"], true),
    ("DE", &["999999999"], false),
    ("FR", &["99999999999", "aa999999999"], true),
    ("IT", &["99999999999"], false),
    ("PT", &["999999999"], false),
    ("ES", &["99999999a", "a9999999a", "a99999999"], false),
    ("AT", &["U99999999"], false),
    ("BE", &["0999999999", "1999999999"], false),
    ("BG", &["999999999", "9999999999"], true),
    ("HR", &["99999999999"], false),
    ("CY", &["99999999a"], true),
    ("DK", &["99999999"], false),
    ("EE", &["999999999"], false),
    ("FI", &["99999999"], false),
    ("GR", &["999999999"], false),
    ("HU", &["99999999"], false),
    ("IE", &["9999999a", "9999999aa", "9a99999a"], true),
    ("LV", &["99999999999"], true),
    ("LT", &["999999999", "999999999999"], true),
    ("LU", &["99999999"], false),
    ("MT", &["99999999"], false),
    ("NL", &["999999999B99"], true),
    ("SK", &["9999999999"], false),
    ("SI", &["99999999"], false),
    ("SE", &["999999999901"], false),
    (
        "GB",
        &["999999999", "999999999999", "GD999", "HA999"],
        false,
    ),
    ("BR", &["99999999999", "99999999999999"], false),
    ("US", &["999999999"], true),
];

fn random_fit(rng: &mut StdRng, shape: &str) -> String {
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    shape
        .bytes()
        .map(|s| match s {
            b'9' => char::from(b'0' + rng.random_range(0..10u8)),
            b'a' => char::from(LETTERS[rng.random_range(0..26)]),
            literal => char::from(literal),
        })
        .collect()
}

#[test]
fn tax_ids_agree_with_python_stdnum() {
    let mut rng = StdRng::seed_from_u64(6);
    let mut cases: Vec<(&str, String, bool, bool)> = Vec::new();
    for &(country, shapes, stdnum_stricter) in COUNTRIES {
        for shape in shapes {
            for _ in 0..CASES {
                let random = random_fit(&mut rng, shape);
                let accepted = TaxId::parse(country, &random).is_ok();
                cases.push((country, random.clone(), accepted, stdnum_stricter));
                let body = &random[..random.len() - 1];
                for last in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars() {
                    let candidate = format!("{body}{last}");
                    if TaxId::parse(country, &candidate).is_ok() && candidate != random {
                        cases.push((country, candidate, true, stdnum_stricter));
                    }
                }
            }
        }
    }

    // Numbers of one repeated digit, which pass many checksums: stdnum refuses the
    // zero CPF and every CNPJ whose first twelve digits are zeros.
    for digit in '0'..='9' {
        for length in [11, 14] {
            let number: String = std::iter::repeat_n(digit, length).collect();
            let accepted = TaxId::parse("BR", &number).is_ok();
            cases.push(("BR", number, accepted, false));
        }
    }

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/oracle/tax_ids.py");
    let mut child = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs; scripts/test installs python-stdnum");
    // Written from another thread: the oracle answers while it reads.
    let mut stdin = child.stdin.take().unwrap();
    let input: String = cases
        .iter()
        .map(|(country, number, _, _)| {
            format!(
                "{}\n",
                serde_json::json!({"country": country, "number": number})
            )
        })
        .collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        output.status.success(),
        "the oracle failed (is python-stdnum installed? run scripts/test): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answers: Vec<bool> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["valid"] == true)
        .collect();
    assert_eq!(answers.len(), cases.len());

    let mut disagreements = Vec::new();
    let mut valid_seen = 0;
    for ((country, number, ours, stdnum_stricter), theirs) in cases.iter().zip(&answers) {
        valid_seen += usize::from(*theirs);
        // Dialback also refuses CPFs of eleven equal digits, which Receita Federal never
        // issues but python-stdnum accepts when their check digits fit.
        let cpf_placeholder =
            *country == "BR" && number.len() == 11 && number.chars().all(|c| number.starts_with(c));
        let refused_valid = *theirs && !ours && !cpf_placeholder;
        let accepted_invalid = *ours && !theirs && !stdnum_stricter;
        if refused_valid || accepted_invalid {
            disagreements.push(format!("{country} {number}: ours {ours}, stdnum {theirs}"));
        }
    }
    assert!(valid_seen > 1000, "too few valid numbers were generated");
    assert!(
        disagreements.is_empty(),
        "{} disagreements, first ones:\n{}",
        disagreements.len(),
        disagreements[..disagreements.len().min(40)].join("\n")
    );
}
