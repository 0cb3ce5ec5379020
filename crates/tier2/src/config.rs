//! Tier 2's settings: thresholds and tracing, from `-X` options and
//! environment variables (an option wins over its variable).
//!
//! | `-X` option              | variable                     | meaning |
//! |--------------------------|------------------------------|---------|
//! | `jit_loop_threshold=N`   | `STITCH_JIT_LOOP_THRESHOLD`  | back edges before a loop is optimized |
//! | `jit_exit_threshold=N`   | `STITCH_JIT_EXIT_THRESHOLD`  | times an exit is taken before it is linked |
//! | `jit_random=SEED`        | `STITCH_JIT_RANDOM`          | random thresholds (1 to 64) from SEED |
//! | `jit_warmup=N`           | `STITCH_JIT_WARMUP`          | decline the first N hot loops (they back off), so traces are built from warm, specialized code |
//! | —                        | `STITCH_TRACE=1` or `2`      | log projection and optimization on stderr (2: every uop) |

/// Back edges before a loop is handed to tier 2, by default.
pub const DEFAULT_LOOP_THRESHOLD: u32 = 256;
/// Times an exit is taken before it is linked, by default.
pub const DEFAULT_EXIT_THRESHOLD: u32 = 64;

#[derive(Clone, Debug)]
pub struct Config {
    pub loop_threshold: u32,
    pub exit_threshold: u32,
    /// Seed of randomized thresholds.
    pub random: Option<u64>,
    pub warmup: u32,
    /// `STITCH_TRACE` level.
    pub trace: u8,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            loop_threshold: DEFAULT_LOOP_THRESHOLD,
            exit_threshold: DEFAULT_EXIT_THRESHOLD,
            random: None,
            warmup: 0,
            trace: 0,
        }
    }
}

impl Config {
    /// Read the settings from `-X` options and the environment (`env`
    /// looks a variable up); the error says which setting is bad.
    pub fn from_options(
        xoptions: &[(String, Option<String>)],
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, String> {
        let mut c = Config::default();
        let setting = |x: &str, var: &str| -> Option<(String, String)> {
            let opt = xoptions
                .iter()
                .rev()
                .find(|(k, _)| k == x)
                .map(|(_, v)| v.clone().unwrap_or_default());
            opt.map(|v| (format!("-X {x}"), v))
                .or_else(|| env(var).map(|v| (var.to_string(), v)))
        };
        let number = |(name, v): (String, String), max: u64| -> Result<u64, String> {
            match v.trim().parse::<u64>() {
                Ok(n) if n <= max => Ok(n),
                _ => Err(format!("{name}: expected a number up to {max}, got '{v}'")),
            }
        };
        if let Some(s) = setting("jit_loop_threshold", "STITCH_JIT_LOOP_THRESHOLD") {
            c.loop_threshold = number(s, 0xffff)?.max(1) as u32;
        }
        if let Some(s) = setting("jit_exit_threshold", "STITCH_JIT_EXIT_THRESHOLD") {
            c.exit_threshold = number(s, 0xffff)?.max(1) as u32;
        }
        if let Some(s) = setting("jit_random", "STITCH_JIT_RANDOM") {
            let seed = number(s, u64::MAX)?;
            c.random = Some(seed);
            // The loop threshold, once, from the seed; exits draw their own.
            c.loop_threshold = 1 + (splitmix(seed) % 64) as u32;
        }
        if let Some(s) = setting("jit_warmup", "STITCH_JIT_WARMUP") {
            c.warmup = number(s, u32::MAX as u64)? as u32;
        }
        if let Some(v) = env("STITCH_TRACE") {
            c.trace = v.trim().parse().unwrap_or(1);
        }
        Ok(c)
    }
}

/// A well-mixed number from a seed.
fn splitmix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(list: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect()
    }

    #[test]
    fn options_win_over_variables() {
        let env = |k: &str| (k == "STITCH_JIT_LOOP_THRESHOLD").then(|| "7".to_string());
        let c = Config::from_options(&[], env).unwrap();
        assert_eq!(c.loop_threshold, 7);
        let c = Config::from_options(&opts(&[("jit_loop_threshold", "3")]), env).unwrap();
        assert_eq!(c.loop_threshold, 3);
        assert_eq!(c.exit_threshold, DEFAULT_EXIT_THRESHOLD);
    }

    #[test]
    fn bad_numbers_are_named() {
        let e = Config::from_options(&opts(&[("jit_exit_threshold", "x")]), |_| None).unwrap_err();
        assert_eq!(
            e,
            "-X jit_exit_threshold: expected a number up to 65535, got 'x'"
        );
    }

    #[test]
    fn random_thresholds_depend_on_the_seed() {
        let a = Config::from_options(&opts(&[("jit_random", "1")]), |_| None).unwrap();
        let b = Config::from_options(&opts(&[("jit_random", "1")]), |_| None).unwrap();
        assert_eq!(a.loop_threshold, b.loop_threshold);
        assert!((1..=64).contains(&a.loop_threshold));
        let spread: std::collections::HashSet<u32> = (0..50)
            .map(|s| {
                Config::from_options(&opts(&[("jit_random", &s.to_string())]), |_| None)
                    .unwrap()
                    .loop_threshold
            })
            .collect();
        assert!(spread.len() > 10, "{spread:?}");
    }
}
