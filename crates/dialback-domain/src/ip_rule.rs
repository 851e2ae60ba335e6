//! IP addresses and CIDR ranges in an account's whitelist or blacklist.

use std::net::{IpAddr, Ipv6Addr};

use ipnet::IpNet;

use crate::Invalid;

/// A single address or a CIDR range, normalised to its network (`10.0.0.7/8` becomes
/// `10.0.0.0/8`; a bare address becomes a /32 or /128).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpRange(IpNet);

impl IpRange {
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let text = input.trim();
        if text.is_empty() {
            return Err(Invalid::new("error-ip-missing"));
        }
        let invalid = Invalid::new("error-ip-invalid");
        let net = match text.parse::<IpNet>() {
            Ok(net) => net,
            Err(_) => IpNet::from(text.parse::<IpAddr>().map_err(|_| invalid)?),
        };
        Ok(Self(net.trunc()))
    }

    pub fn network(&self) -> IpNet {
        self.0
    }

    /// Whether the range contains one address only.
    pub fn is_single(&self) -> bool {
        self.0.prefix_len() == self.0.max_prefix_len()
    }

    /// Returns the first and last address as sortable keys (see [`address_key`]).
    pub fn keys(&self) -> (String, String) {
        (
            address_key(self.0.network()),
            address_key(self.0.broadcast()),
        )
    }

    /// The range as shown and stored: `203.0.113.0/24`, or the bare address for a single one.
    pub fn display(&self) -> String {
        if self.is_single() {
            self.0.addr().to_string()
        } else {
            self.0.to_string()
        }
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        self.0.contains(&canonical(address))
    }
}

/// Converts an IPv4-mapped IPv6 address (`::ffff:203.0.113.5`) to its IPv4 address.
pub fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// Formats an address as 32 hex digits, IPv4 mapped into IPv6, so that comparing keys as text
/// orders addresses as numbers in both databases.
pub fn address_key(address: IpAddr) -> String {
    let v6: Ipv6Addr = match canonical(address) {
        IpAddr::V4(v4) => v4.to_ipv6_mapped(),
        IpAddr::V6(v6) => v6,
    };
    format!("{:032x}", u128::from(v6))
}

/// The list a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListType {
    Whitelist,
    Blacklist,
}

impl ListType {
    pub const fn id(self) -> &'static str {
        match self {
            ListType::Whitelist => "whitelist",
            ListType::Blacklist => "blacklist",
        }
    }

    pub fn parse(id: &str) -> Result<Self, Invalid> {
        match id {
            "whitelist" => Ok(ListType::Whitelist),
            "blacklist" => Ok(ListType::Blacklist),
            _ => Err(Invalid::new("error-ip-list-type")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_ranges_normalise() {
        assert_eq!(
            IpRange::parse("203.0.113.5").unwrap().display(),
            "203.0.113.5"
        );
        assert_eq!(
            IpRange::parse(" 10.1.2.3/8 ").unwrap().display(),
            "10.0.0.0/8"
        );
        assert_eq!(
            IpRange::parse("2001:DB8::1/32").unwrap().display(),
            "2001:db8::/32"
        );
        assert!(IpRange::parse("10.0.0.0/33").is_err());
        assert!(IpRange::parse("10.0.0").is_err());
        assert_eq!(IpRange::parse("").unwrap_err().key, "error-ip-missing");
    }

    #[test]
    fn matching_covers_mapped_addresses() {
        let range = IpRange::parse("203.0.113.0/24").unwrap();
        assert!(range.contains("203.0.113.77".parse().unwrap()));
        assert!(range.contains("::ffff:203.0.113.77".parse().unwrap()));
        assert!(!range.contains("203.0.114.1".parse().unwrap()));
    }

    #[test]
    fn keys_order_like_numbers() {
        let low = address_key("9.255.255.255".parse().unwrap());
        let high = address_key("10.0.0.0".parse().unwrap());
        assert!(low < high);
        let (start, end) = IpRange::parse("10.0.0.0/8").unwrap().keys();
        assert!(start <= high);
        assert!(high <= end);
        assert!(
            address_key("::1".parse().unwrap()) < start,
            "IPv6 below the mapped IPv4 block sorts first"
        );
    }

    proptest::proptest! {
        #[test]
        fn key_comparison_matches_containment(a in proptest::num::u32::ANY, prefix in 0u8..=32, b in proptest::num::u32::ANY) {
            let range = IpRange::parse(&format!("{}/{prefix}", std::net::Ipv4Addr::from(a))).unwrap();
            let address = IpAddr::V4(std::net::Ipv4Addr::from(b));
            let (start, end) = range.keys();
            let key = address_key(address);
            proptest::prop_assert_eq!(range.contains(address), start <= key && key <= end);
        }
    }
}
