//! The built-in driver: a carrier simulated from per-number scripts.
//!
//! Each phone number can have a [`Script`]: whether it answers, how long it rings and
//! how long it talks. A number without one answers after [`DEFAULT_RING_SECONDS`] and
//! talks for [`DEFAULT_TALK_SECONDS`]. Scripts come from a [`ScriptSource`], which the
//! server backs with the database so that operator commands and tests can change them.
//!
//! Simulated seconds pass in real time at `speed` 1.0; a larger speed makes a test
//! of a one-minute call take a fraction of a second while reporting the same seconds.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::{BoxFuture, DialOutcome, DriverError, Leg, Sms, TalkOutcome, TelephonyDriver};

/// Seconds a simulated phone rings before it is answered, when it has no script.
pub const DEFAULT_RING_SECONDS: u32 = 3;

/// Seconds a simulated conversation lasts, when the visitor's number has no script.
pub const DEFAULT_TALK_SECONDS: u32 = 60;

/// The response of a scripted number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Answer,
    Busy,
    NoAnswer,
    Fail,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Answer, Answer::Busy, Answer::NoAnswer, Answer::Fail];

    /// The identifier used in scripts and operator commands.
    pub const fn id(self) -> &'static str {
        match self {
            Answer::Answer => "answer",
            Answer::Busy => "busy",
            Answer::NoAnswer => "no-answer",
            Answer::Fail => "fail",
        }
    }

    pub fn parse(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|answer| answer.id() == id)
    }
}

/// The scripted behaviour of one phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Script {
    pub answer: Answer,
    pub ring_seconds: u32,
    pub talk_seconds: u32,
}

impl Default for Script {
    fn default() -> Self {
        Self {
            answer: Answer::Answer,
            ring_seconds: DEFAULT_RING_SECONDS,
            talk_seconds: DEFAULT_TALK_SECONDS,
        }
    }
}

/// The source of the simulator's per-number scripts.
pub trait ScriptSource: Send + Sync {
    fn script_for<'a>(&'a self, number: &'a str) -> BoxFuture<'a, Option<Script>>;
}

/// Something the simulator did, kept for tests and the operator's inspection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SimulatorEvent {
    Dialled {
        to: String,
        caller_id: Option<String>,
        outcome: DialOutcome,
    },
    Talked {
        visitor: String,
        talk_seconds: u32,
        cut_at_limit: bool,
    },
    SmsSent {
        to: String,
        text: String,
    },
}

/// The simulated carrier.
pub struct Simulator {
    scripts: Arc<dyn ScriptSource>,
    speed: f64,
    log: Mutex<Vec<SimulatorEvent>>,
}

impl Simulator {
    /// Creates a simulator that reads scripts from `scripts` and runs `speed` times faster than real time.
    pub fn new(scripts: Arc<dyn ScriptSource>, speed: f64) -> Self {
        Self {
            scripts,
            speed: if speed > 0.0 { speed } else { 1.0 },
            log: Mutex::new(Vec::new()),
        }
    }

    /// Everything the simulator did since it started.
    pub fn events(&self) -> Vec<SimulatorEvent> {
        self.log.lock().map(|log| log.clone()).unwrap_or_default()
    }

    async fn wait(&self, simulated_seconds: u32) {
        let real = Duration::from_secs_f64(f64::from(simulated_seconds) / self.speed);
        tokio::time::sleep(real).await;
    }

    fn record(&self, event: SimulatorEvent) {
        if let Ok(mut log) = self.log.lock() {
            log.push(event);
        }
    }
}

impl TelephonyDriver for Simulator {
    fn dial<'a>(&'a self, leg: &'a Leg) -> BoxFuture<'a, DialOutcome> {
        Box::pin(async move {
            let script = self.scripts.script_for(&leg.to).await.unwrap_or_default();
            let outcome = match script.answer {
                Answer::Answer => {
                    self.wait(script.ring_seconds).await;
                    DialOutcome::Answered
                }
                Answer::NoAnswer => {
                    self.wait(script.ring_seconds).await;
                    DialOutcome::NoAnswer
                }
                Answer::Busy => DialOutcome::Busy,
                Answer::Fail => DialOutcome::Failed("simulated carrier failure".to_owned()),
            };
            self.record(SimulatorEvent::Dialled {
                to: leg.to.clone(),
                caller_id: leg.caller_id.clone(),
                outcome: outcome.clone(),
            });
            outcome
        })
    }

    fn talk<'a>(&'a self, visitor: &'a str, max_duration: Duration) -> BoxFuture<'a, TalkOutcome> {
        Box::pin(async move {
            let script = self.scripts.script_for(visitor).await.unwrap_or_default();
            let limit = u32::try_from(max_duration.as_secs()).unwrap_or(u32::MAX);
            let cut_at_limit = script.talk_seconds > limit;
            let talk_seconds = script.talk_seconds.min(limit);
            self.wait(talk_seconds).await;
            self.record(SimulatorEvent::Talked {
                visitor: visitor.to_owned(),
                talk_seconds,
                cut_at_limit,
            });
            TalkOutcome {
                talk_seconds,
                cut_at_limit,
            }
        })
    }

    fn send_sms<'a>(&'a self, sms: &'a Sms) -> BoxFuture<'a, Result<(), DriverError>> {
        Box::pin(async move {
            self.record(SimulatorEvent::SmsSent {
                to: sms.to.clone(),
                text: sms.text.clone(),
            });
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    struct Fixed(HashMap<String, Script>);

    impl ScriptSource for Fixed {
        fn script_for<'a>(&'a self, number: &'a str) -> BoxFuture<'a, Option<Script>> {
            Box::pin(async move { self.0.get(number).copied() })
        }
    }

    fn simulator(scripts: &[(&str, Script)]) -> Simulator {
        let map = scripts.iter().map(|(n, s)| ((*n).to_owned(), *s)).collect();
        Simulator::new(Arc::new(Fixed(map)), 10_000.0)
    }

    fn leg(to: &str) -> Leg {
        Leg {
            to: to.to_owned(),
            caller_id: None,
        }
    }

    #[tokio::test]
    async fn unscripted_number_answers_and_talks_a_minute() {
        let sim = simulator(&[]);
        assert_eq!(sim.dial(&leg("+48500000001")).await, DialOutcome::Answered);
        let talk = sim.talk("+48500000001", Duration::from_secs(3600)).await;
        assert_eq!(
            talk,
            TalkOutcome {
                talk_seconds: 60,
                cut_at_limit: false
            }
        );
    }

    #[tokio::test]
    async fn scripts_reach_every_outcome() {
        let script = |answer| Script {
            answer,
            ring_seconds: 1,
            talk_seconds: 5,
        };
        let sim = simulator(&[
            ("+1", script(Answer::Busy)),
            ("+2", script(Answer::NoAnswer)),
            ("+3", script(Answer::Fail)),
        ]);
        assert_eq!(sim.dial(&leg("+1")).await, DialOutcome::Busy);
        assert_eq!(sim.dial(&leg("+2")).await, DialOutcome::NoAnswer);
        assert!(matches!(sim.dial(&leg("+3")).await, DialOutcome::Failed(_)));
    }

    #[tokio::test]
    async fn talk_is_cut_at_the_maximum_duration() {
        let sim = simulator(&[(
            "+4",
            Script {
                answer: Answer::Answer,
                ring_seconds: 0,
                talk_seconds: 500,
            },
        )]);
        let talk = sim.talk("+4", Duration::from_secs(120)).await;
        assert_eq!(
            talk,
            TalkOutcome {
                talk_seconds: 120,
                cut_at_limit: true
            }
        );
    }

    #[tokio::test]
    async fn sms_is_recorded() {
        let sim = simulator(&[]);
        sim.send_sms(&Sms {
            to: "+5".to_owned(),
            text: "Hej".to_owned(),
        })
        .await
        .unwrap();
        assert_eq!(
            sim.events(),
            vec![SimulatorEvent::SmsSent {
                to: "+5".to_owned(),
                text: "Hej".to_owned()
            }]
        );
    }
}
