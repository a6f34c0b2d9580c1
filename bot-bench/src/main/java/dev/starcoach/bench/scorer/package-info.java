/** The scorer's own benchmark: full answers scored per CPU-second. */
package dev.starcoach.bench.scorer;
