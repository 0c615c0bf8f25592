/**
 * Writes a migration class from a plan: {@code upgrade()} from the plan's ops, {@code downgrade()} from its
 * inverse, with review notes on risky steps; and a schema as a Mermaid ER diagram
 * ({@link dev.retort.render.MermaidErDiagram}, {@code show REV --er mermaid}). The only package that uses JavaPoet;
 * depends on {@code ops}, {@code model} and {@code migration}. Entry type: {@link dev.retort.render.MigrationRenderer}.
 */
package dev.retort.render;
