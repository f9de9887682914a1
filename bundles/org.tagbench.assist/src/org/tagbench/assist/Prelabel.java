package org.tagbench.assist;

/** A label the assist suggests: the class, the model's score for it, and the model version that made it. */
public record Prelabel(String classId, double score, String modelVersion) {
}
