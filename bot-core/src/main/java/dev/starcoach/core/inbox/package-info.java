/** The durable inbox of platform events: stored before the ack, handled once everywhere. */
package dev.starcoach.core.inbox;
