/**
 * Which of the sixteen principles a story can serve, estimated with reasons, and the coverage map.
 */
package dev.starcoach.core.story.fit;
