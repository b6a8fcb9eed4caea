### Flow "stories": short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: source
### Words: the courses in IGU are for adults. Say "course weeks" or "courses", never the word for a children's school.

stories-intro = Here are some short example stories about IGU. We made them up from many IGU courses. They are not about real people or real companies. Every IGU is different.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = Example (not a real person): A man works in the warehouse of a transport company. He packs and moves goods. In his course weeks he took AMU courses in forklift driving and safe work. One day a week he learns Danish. Now he drives the forklift and shows new colleagues how.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = Example (not a real person): A woman works in the parks department of a municipality. She plants flowers, cuts hedges and keeps the paths clean. She took AMU courses about plants and small machines, and she learns Danish. She says: "Now I know the words for my work, and I talk more with my team."

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = Example (not a real person): A man is a kitchen assistant in a canteen. He makes salads and washes up. In his course weeks he took an AMU course in food hygiene and FVU reading and writing. At first he was shy. Now he reads the recipes himself and plans the salads with the chef.

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = Example (not a real person): A mother works in a supermarket. She fills shelves and helps customers. In her courses she learns Danish and FVU maths. A colleague is her language buddy: they practise Danish at work. She says: "IGU was hard with small children, but my municipality helped me plan."

stories-end-ask = These were examples. Your IGU can look different. What do you want to do now?

## Buttons (at most 30 characters)

stories-button-first = Read the first story
stories-button-next = Next story
stories-button-topics = Other topics
stories-button-interest = I am interested
stories-button-join = Can I join?
