/** The story bank: a person's own prepared stories, their versions, tags and principle mapping. */
package dev.starcoach.core.story;
