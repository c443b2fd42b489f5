// An empty ES module: what importing anything costs (the ES module loader starts).
