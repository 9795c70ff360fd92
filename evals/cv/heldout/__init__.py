"""A held-out CV set: fictional CVs, the skills a careful reader lists, and their builder."""
