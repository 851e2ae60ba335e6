//! Which addresses a webhook may reach: the check against server-side request forgery.
//!
//! A webhook URL is chosen by a customer but fetched by the server, so without a check it
//! could reach the server's own loopback, the operator's private network or a cloud
//! metadata service. Every address a host name resolves to is checked, and the request
//! then connects to exactly those addresses (see `client`), so a second DNS answer
//! cannot swap in a forbidden one. The operator may allow chosen ranges; the metadata
//! addresses stay refused even inside an allowed range.
//!
//! The ranges are listed by hand because no maintained crate covers this list: std's
//! `is_global` is unstable, and the special-purpose registries of IANA are what it follows.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::LazyLock;

use ipnet::IpNet;

/// Cloud metadata and credential services, refused even when the operator allows their
/// range: the instance metadata of AWS, GCP, Azure and others, AWS ECS task credentials,
/// EKS pod identity, Alibaba Cloud's metadata, and EC2's IPv6 metadata and pod identity.
const METADATA: [IpAddr; 6] = [
    IpAddr::V4(Ipv4Addr::new(169, 254, 169, 254)),
    IpAddr::V4(Ipv4Addr::new(169, 254, 170, 2)),
    IpAddr::V4(Ipv4Addr::new(169, 254, 170, 23)),
    IpAddr::V4(Ipv4Addr::new(100, 100, 100, 200)),
    IpAddr::V6(Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254)),
    IpAddr::V6(Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0023)),
];

/// Ranges that are not on the public internet: this host, private and shared networks,
/// link-local, multicast, documentation and reserved ranges.
static FORBIDDEN: LazyLock<Vec<IpNet>> = LazyLock::new(|| {
    [
        "0.0.0.0/8",       // "this network", including the unspecified address
        "10.0.0.0/8",      // private
        "100.64.0.0/10",   // carrier-grade NAT
        "127.0.0.0/8",     // loopback
        "169.254.0.0/16",  // link-local, including 169.254.169.254
        "172.16.0.0/12",   // private
        "192.0.0.0/24",    // IETF protocol assignments
        "192.0.2.0/24",    // documentation (TEST-NET-1)
        "192.88.99.0/24",  // deprecated 6to4 relays
        "192.168.0.0/16",  // private
        "198.18.0.0/15",   // benchmarking
        "198.51.100.0/24", // documentation (TEST-NET-2)
        "203.0.113.0/24",  // documentation (TEST-NET-3)
        "224.0.0.0/4",     // multicast
        "240.0.0.0/4",     // reserved, including the broadcast address
        "::/128",          // unspecified
        "::1/128",         // loopback
        "64:ff9b:1::/48",  // local-use NAT64
        "100::/64",        // discard-only
        "2001::/23",       // IETF protocol assignments, including Teredo
        "2001:db8::/32",   // documentation
        "3fff::/20",       // documentation
        "fc00::/7",        // unique local, including fd00:ec2::254
        "fe80::/10",       // link-local
        "fec0::/10",       // deprecated site-local
        "ff00::/8",        // multicast
    ]
    .iter()
    .map(|range| range.parse().expect("a literal range"))
    .collect()
});

/// The operator's exceptions to the forbidden ranges.
#[derive(Debug, Clone, Default)]
pub struct AddressPolicy {
    pub allowed: Vec<IpNet>,
}

/// A webhook address that the policy refuses, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("the address {0} is not on the public internet")]
    Forbidden(IpAddr),
    #[error("the address {0} is a cloud metadata service")]
    Metadata(IpAddr),
    #[error("the host name could not be resolved")]
    Unresolved,
}

impl AddressPolicy {
    /// Returns whether a webhook may connect to `address`.
    pub fn permits(&self, address: IpAddr) -> bool {
        if is_metadata(address) {
            return false;
        }
        let address = embedded_ipv4(address).map_or(address, IpAddr::V4);
        if self.allowed.iter().any(|range| range.contains(&address)) {
            return true;
        }
        !FORBIDDEN.iter().any(|range| range.contains(&address))
    }

    /// Checks every resolved address; one forbidden address refuses the whole host.
    pub fn check_all(&self, addresses: &[SocketAddr]) -> Result<(), AddressError> {
        if addresses.is_empty() {
            return Err(AddressError::Unresolved);
        }
        match addresses.iter().find(|a| !self.permits(a.ip())) {
            Some(refused) if is_metadata(refused.ip()) => Err(AddressError::Metadata(refused.ip())),
            Some(refused) => Err(AddressError::Forbidden(refused.ip())),
            None => Ok(()),
        }
    }

    /// Resolves `host` once and returns its addresses when every one is permitted.
    pub async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, AddressError> {
        let addresses: Vec<SocketAddr> = match host.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::net::lookup_host((host, port))
                .await
                .map_err(|_| AddressError::Unresolved)?
                .collect(),
        };
        self.check_all(&addresses)?;
        Ok(addresses)
    }
}

/// Whether `address`, or the IPv4 address inside it, is a metadata service.
pub fn is_metadata(address: IpAddr) -> bool {
    let address = embedded_ipv4(address).map_or(address, IpAddr::V4);
    METADATA.contains(&address)
}

/// The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6
/// address, which reaches that IPv4 host.
fn embedded_ipv4(address: IpAddr) -> Option<Ipv4Addr> {
    let IpAddr::V6(v6) = address else {
        return None;
    };
    if let Some(v4) = v6.to_ipv4_mapped() {
        return Some(v4);
    }
    let segments = v6.segments();
    let octets = v6.octets();
    let tail = Ipv4Addr::new(octets[12], octets[13], octets[14], octets[15]);
    match segments {
        // ::a.b.c.d (deprecated IPv4-compatible); :: and ::1 stay IPv6.
        [0, 0, 0, 0, 0, 0, _, _] if u32::from(tail) > 1 => Some(tail),
        // 64:ff9b::a.b.c.d, the well-known NAT64 prefix.
        [0x64, 0xff9b, 0, 0, 0, 0, _, _] => Some(tail),
        // 2002:AABB:CCDD::/48 carries a.b.c.d in 6to4.
        [0x2002, high, low, ..] => Some(Ipv4Addr::from((u32::from(high) << 16) | u32::from(low))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(policy: &AddressPolicy, address: &str) -> bool {
        !policy.permits(address.parse().unwrap())
    }

    #[test]
    fn private_and_special_addresses_are_refused() {
        let policy = AddressPolicy::default();
        for address in [
            "127.0.0.1",
            "127.8.9.10",
            "0.0.0.0",
            "10.1.2.3",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "169.254.169.254",
            "169.254.0.5",
            "192.0.2.10",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.251",
            "255.255.255.255",
            "::",
            "::1",
            "fe80::1",
            "fd00:ec2::254",
            "fc00::5",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::10.0.0.1",
            "64:ff9b::10.0.0.1",
            "2002:a9fe:a9fe::1",
        ] {
            assert!(refused(&policy, address), "{address} should be refused");
        }
    }

    #[test]
    fn public_addresses_are_permitted() {
        let policy = AddressPolicy::default();
        for address in [
            "93.184.215.14",
            "1.1.1.1",
            "2a00:1450:4001:80b::200e",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert!(!refused(&policy, address), "{address} should be permitted");
        }
    }

    #[test]
    fn allowed_ranges_open_only_themselves() {
        let policy = AddressPolicy {
            allowed: vec![
                "127.0.0.1/32".parse().unwrap(),
                "169.254.0.0/16".parse().unwrap(),
            ],
        };
        assert!(!refused(&policy, "127.0.0.1"));
        assert!(!refused(&policy, "::ffff:127.0.0.1"));
        assert!(refused(&policy, "127.0.0.2"));
        assert!(refused(&policy, "::1"));
        assert!(!refused(&policy, "169.254.1.1"));
        assert!(
            refused(&policy, "169.254.169.254"),
            "metadata stays refused"
        );
        assert!(refused(&policy, "fd00:ec2::254"), "metadata stays refused");
    }

    #[test]
    fn one_forbidden_address_refuses_the_host() {
        let policy = AddressPolicy::default();
        let addresses: Vec<SocketAddr> = vec![
            "93.184.215.14:443".parse().unwrap(),
            "10.0.0.1:443".parse().unwrap(),
        ];
        assert_eq!(
            policy.check_all(&addresses),
            Err(AddressError::Forbidden("10.0.0.1".parse().unwrap()))
        );
        assert_eq!(policy.check_all(&[]), Err(AddressError::Unresolved));
    }
}
