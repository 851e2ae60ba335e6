//! The address of the client: the TCP peer, or, behind trusted proxies, the address they
//! report in `X-Forwarded-For`.
//!
//! Only proxies listed in `--trusted-proxies` are believed: the header is read from the
//! right, skipping trusted proxies, and the first other address is the client. Without
//! the flag the header is ignored, so a client cannot choose its own address.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

use crate::AppState;

/// The client's address, as the middleware resolved it.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

/// Middleware: resolves [`ClientIp`] for every request.
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([127, 0, 0, 1]), |c| c.0.ip());
    let forwarded = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    let client = client_address(peer, &forwarded, &state.config.trusted_proxies);
    request.extensions_mut().insert(ClientIp(client));
    next.run(request).await
}

/// The client behind `peer`, given the `X-Forwarded-For` chain and the trusted proxies.
pub fn client_address(peer: IpAddr, forwarded: &str, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |address: &IpAddr| {
        trusted
            .iter()
            .any(|net| net.contains(&dialback_domain::ip_rule::canonical(*address)))
    };
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    for hop in forwarded
        .rsplit(',')
        .map(str::trim)
        .filter(|hop| !hop.is_empty())
    {
        let Ok(address) = hop.parse::<IpAddr>() else {
            break;
        };
        client = address;
        if !is_trusted(&address) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn header_ignored_without_trusted_proxies() {
        let peer: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(client_address(peer, "198.51.100.1", &[]), peer);
    }

    #[test]
    fn rightmost_untrusted_hop_is_the_client() {
        let peer: IpAddr = "10.0.0.2".parse().unwrap();
        let trusted = nets(&["10.0.0.0/8"]);
        assert_eq!(
            client_address(peer, "1.2.3.4, 198.51.100.7, 10.0.0.3", &trusted),
            "198.51.100.7".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_address(peer, "", &trusted), peer);
        assert_eq!(client_address(peer, "garbage", &trusted), peer);
    }
}
