/** The content model of a question bank (walkthroughs, probes, quiz, lenses) and its loader. */
package dev.starcoach.core.content;
