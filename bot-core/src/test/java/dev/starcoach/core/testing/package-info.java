/**
 * Fakes for tests, shipped in bot-core's test-jar for the adapters: stores, clock, conversation.
 */
package dev.starcoach.core.testing;
