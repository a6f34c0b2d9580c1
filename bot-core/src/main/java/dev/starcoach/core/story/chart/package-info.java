/** The coverage map drawn as a PNG heat map for the chat platforms. */
package dev.starcoach.core.story.chart;
