/** The coaching engine: platform-neutral inbound events, outbound replies and the modes. */
package dev.starcoach.core.engine;
