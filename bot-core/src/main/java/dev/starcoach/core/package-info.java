/** The platform-neutral STAR Coach engine: content, scoring, sessions and the ports it needs. */
package dev.starcoach.core;
