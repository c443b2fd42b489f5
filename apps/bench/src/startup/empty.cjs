// An empty CommonJS module: what requiring anything costs.
