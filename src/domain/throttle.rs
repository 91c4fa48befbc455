//! Slowing down password guessing without handing anyone a way to lock others out.
//!
//! Failed sign-ins are counted per (account, client address) and per client address. A few
//! mistakes cost nothing; after that each further try from that address must wait longer (the
//! wait doubles with every failure, up to a ceiling). The account itself is never locked: its
//! owner signs in from another address as usual, so five wrong passwords typed by a stranger
//! cannot keep the owner (or the site administrator) out.

use time::{Duration, OffsetDateTime};

/// How many failures are free and how long the waits grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures within the window that cost nothing.
    pub free: i64,
    /// The wait after the first failure beyond the free ones; it doubles with each next one.
    pub first_wait: Duration,
    /// The longest wait.
    pub longest_wait: Duration,
}

/// The failed sign-ins counted for one key (a pair or an address) within the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Failures {
    pub count: i64,
    pub last: Option<OffsetDateTime>,
}

impl Policy {
    /// The wait that `count` failures impose after the last of them.
    pub fn wait_after(&self, count: i64) -> Duration {
        if count < self.free {
            return Duration::ZERO;
        }
        let doublings = (count - self.free).min(30) as u32;
        let wait = self.first_wait.saturating_mul(2_i32.saturating_pow(doublings));
        wait.min(self.longest_wait)
    }

    /// How long from `now` until another try is allowed, or `None` when it is allowed now.
    pub fn remaining(&self, failures: Failures, now: OffsetDateTime) -> Option<Duration> {
        let last = failures.last?;
        let left = last + self.wait_after(failures.count) - now;
        (left > Duration::ZERO).then_some(left)
    }
}

/// Whole minutes to tell a person (at least one).
pub fn minutes_to_wait(d: Duration) -> i64 {
    ((d.whole_seconds() + 59) / 60).max(1)
}

/// The client's address as the proxies in front of the application recorded it.
///
/// `forwarded` is the `X-Forwarded-For` list as received (all header lines, in order); each proxy
/// appends the address it received the request from, so only the last `trusted_hops` entries were
/// written by proxies of our own — everything to their left the client may have written itself.
/// The entry `trusted_hops` from the right is the address our outermost proxy saw. With no trusted
/// proxies, or no usable entry, the socket peer counts.
pub fn client_address(forwarded: &[&str], trusted_hops: usize, peer: Option<&str>) -> String {
    let entries: Vec<&str> =
        forwarded.iter().flat_map(|line| line.split(',')).map(str::trim).filter(|e| !e.is_empty()).collect();
    let peer = || peer.unwrap_or("unknown").to_string();
    if trusted_hops == 0 || entries.is_empty() {
        return peer();
    }
    // Fewer entries than trusted proxies: the request skipped the outer ones, and what is there
    // was written by our own inner proxies.
    let at = entries.len().saturating_sub(trusted_hops);
    let chosen = entries[at];
    if chosen.parse::<std::net::IpAddr>().is_ok() { chosen.to_string() } else { peer() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy { free: 5, first_wait: Duration::minutes(1), longest_wait: Duration::hours(1) }
    }

    #[test]
    fn a_few_mistakes_cost_nothing_and_later_waits_double_up_to_a_ceiling() {
        let p = policy();
        for n in 0..5 {
            assert_eq!(p.wait_after(n), Duration::ZERO);
        }
        assert_eq!(p.wait_after(5), Duration::minutes(1));
        assert_eq!(p.wait_after(6), Duration::minutes(2));
        assert_eq!(p.wait_after(8), Duration::minutes(8));
        assert_eq!(p.wait_after(12), Duration::hours(1));
        assert_eq!(p.wait_after(10_000), Duration::hours(1), "no overflow");
    }

    #[test]
    fn the_wait_runs_from_the_last_failure() {
        let p = policy();
        let t = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let f = Failures { count: 6, last: Some(t) };
        assert_eq!(p.remaining(f, t + Duration::seconds(30)), Some(Duration::seconds(90)));
        assert_eq!(p.remaining(f, t + Duration::minutes(2)), None);
        assert_eq!(p.remaining(Failures { count: 4, last: Some(t) }, t), None);
        assert_eq!(p.remaining(Failures::default(), t), None);
        assert_eq!(minutes_to_wait(Duration::seconds(90)), 2);
        assert_eq!(minutes_to_wait(Duration::seconds(1)), 1);
    }

    #[test]
    fn the_client_address_is_the_one_our_own_proxy_wrote() {
        // The client wrote "1.2.3.4" itself; our one proxy appended the real address.
        assert_eq!(client_address(&["1.2.3.4, 203.0.113.9"], 1, Some("10.0.0.2")), "203.0.113.9");
        // A new made-up first hop on every request changes nothing.
        assert_eq!(client_address(&["9.9.9.9, 203.0.113.9"], 1, Some("10.0.0.2")), "203.0.113.9");
        // Two proxies of our own (load balancer + ingress): the second entry from the right.
        assert_eq!(client_address(&["1.2.3.4, 203.0.113.9, 10.0.0.7"], 2, Some("10.0.0.2")), "203.0.113.9");
        // Several header lines count as one list.
        assert_eq!(client_address(&["1.2.3.4", "203.0.113.9"], 1, Some("10.0.0.2")), "203.0.113.9");
        // Not trusted, missing or garbage: the socket peer.
        assert_eq!(client_address(&["203.0.113.9"], 0, Some("10.0.0.2")), "10.0.0.2");
        assert_eq!(client_address(&[], 1, Some("10.0.0.2")), "10.0.0.2");
        assert_eq!(client_address(&["1.2.3.4, niet-een-adres"], 1, Some("10.0.0.2")), "10.0.0.2");
        // Fewer entries than proxies: the leftmost, written by our inner proxy.
        assert_eq!(client_address(&["203.0.113.9"], 2, Some("10.0.0.2")), "203.0.113.9");
        assert_eq!(client_address(&["2001:db8::1"], 1, None), "2001:db8::1");
    }
}
