package dev.starcoach.core.content;

/** How to retell the same story for another principle: what to lead with, stress and play down. */
public record Lens(Principle principle, String leadWith, String emphasise, String downplay) {}
