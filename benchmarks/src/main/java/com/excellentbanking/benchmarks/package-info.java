/**
 * Benchmarks of the statements engine: JMH throughput per format (run the shaded
 * {@code benchmarks/target/benchmarks.jar}) and accuracy benchmarks with their own main
 * classes.
 */
package com.excellentbanking.benchmarks;
