/**
 * Follow-up probes written from the person's own answer, and probe answers checked against them.
 */
package dev.starcoach.core.engine.probe;
